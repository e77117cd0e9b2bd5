// The 2020 classification codes (../shared/reference/classification-2020.tsv, verbatim).
// Columns: scheme, code, name, parent_code, source, status. Kept as text so every runtime can read it.
export const CLASSIFICATION_2020_TSV = `scheme	code	name	parent_code	source	status
econ_dept	301	工资福利支出		S1;S3;S4;S6	verified-2020
econ_dept	30101	基本工资	301	S1;S3;S4;S6;S5	verified-2020
econ_dept	30102	津贴补贴	301	S1;S3;S4;S6;S5	verified-2020
econ_dept	30103	奖金	301	S1;S3;S4;S6;S5	verified-2020
econ_dept	30106	伙食补助费	301	S1;S3;S4;S6;S5	verified-2020
econ_dept	30107	绩效工资	301	S1;S3;S4;S6;S5	verified-2020
econ_dept	30108	机关事业单位基本养老保险缴费	301	S1;S3;S4;S6;S5	verified-2020
econ_dept	30109	职业年金缴费	301	S1;S3;S4;S6;S5	verified-2020
econ_dept	30110	职工基本医疗保险缴费	301	S1;S3;S4;S6;S5	verified-2020
econ_dept	30111	公务员医疗补助缴费	301	S1;S3;S4;S6;S5	verified-2020
econ_dept	30112	其他社会保障缴费	301	S1;S3;S4;S6;S5	verified-2020
econ_dept	30113	住房公积金	301	S1;S4;S6;S5	verified-2020
econ_dept	30114	医疗费	301	S1;S4;S6;S5	verified-2020
econ_dept	30199	其他工资福利支出	301	S1;S4;S6;S5	verified-2020
econ_dept	302	商品和服务支出		S1;S4;S6	verified-2020
econ_dept	30201	办公费	302	S1;S4;S6;S5	verified-2020
econ_dept	30202	印刷费	302	S1;S4;S6;S5	verified-2020
econ_dept	30203	咨询费	302	S1;S6;S5	verified-2024
econ_dept	30204	手续费	302	S1;S4;S6;S5	verified-2020
econ_dept	30205	水费	302	S1;S4;S6;S5	verified-2020
econ_dept	30206	电费	302	S1;S4;S6;S5	verified-2020
econ_dept	30207	邮电费	302	S1;S4;S6;S5	verified-2020
econ_dept	30208	取暖费	302	S1;S4;S6;S5	verified-2020
econ_dept	30209	物业管理费	302	S1;S4;S6;S5	verified-2020
econ_dept	30211	差旅费	302	S1;S4;S6;S5	verified-2020
econ_dept	30212	因公出国（境）费用	302	S1;S6;S5	verified-2024
econ_dept	30213	维修（护）费	302	S1;S6;S5	verified-2024
econ_dept	30214	租赁费	302	S1;S4;S6;S5	verified-2020
econ_dept	30215	会议费	302	S1;S4;S6;S5	verified-2020
econ_dept	30216	培训费	302	S1;S4;S6;S5	verified-2020
econ_dept	30217	公务接待费	302	S1;S6;S5	verified-2024
econ_dept	30218	专用材料费	302	S1;S4;S6;S5	verified-2020
econ_dept	30224	被装购置费	302	S1;S4;S6;S5	verified-2020
econ_dept	30225	专用燃料费	302	S1;S4;S6;S5	verified-2020
econ_dept	30226	劳务费	302	S1;S6;S5	verified-2024
econ_dept	30227	委托业务费	302	S1;S6;S5	verified-2024
econ_dept	30228	工会经费	302	S1;S4;S6;S5	verified-2020
econ_dept	30229	福利费	302	S1;S4;S6;S5	verified-2020
econ_dept	30231	公务用车运行维护费	302	S1;S6;S5	verified-2024
econ_dept	30239	其他交通费用	302	S1;S4;S6;S5	verified-2020
econ_dept	30240	税金及附加费用	302	S1;S4;S6;S5	verified-2020
econ_dept	30299	其他商品和服务支出	302	S1;S6;S5	verified-2024
econ_dept	303	对个人和家庭的补助		S1;S6	verified-2024
econ_dept	30301	离休费	303	S1;S6	verified-2024
econ_dept	30302	退休费	303	S1;S6	verified-2024
econ_dept	30303	退职（役）费	303	S1;S6	verified-2024
econ_dept	30304	抚恤金	303	S1;S6	verified-2024
econ_dept	30305	生活补助	303	S1;S6	verified-2024
econ_dept	30306	救济费	303	S1;S6	verified-2024
econ_dept	30307	医疗费补助	303	S1;S6	verified-2024
econ_dept	30308	助学金	303	S1;S6	verified-2024
econ_dept	30309	奖励金	303	S1;S6	verified-2024
econ_dept	30310	个人农业生产补贴	303	S1;S6	verified-2024
econ_dept	30311	代缴社会保险费	303	S1 (2024 template only; absent from S6 list)	verified-2024; year of introduction uncertain, possibly not in 2020 list
econ_dept	30399	其他对个人和家庭的补助	303	S1;S6	verified-2024
econ_dept	307	债务利息及费用支出		S6 (names only)	inferred
econ_dept	30701	国内债务付息	307	S6 (name+order; code inferred)	inferred
econ_dept	30702	国外债务付息	307	S6 (name+order; code inferred)	inferred
econ_dept	30703	国内债务发行费用	307	S6 (name+order; code inferred)	inferred
econ_dept	30704	国外债务发行费用	307	S6 (name+order; code inferred)	inferred
econ_dept	309	资本性支出（基本建设）		S5;S6	verified-undated
econ_dept	30901	房屋建筑物购建	309	S5;S6	verified-undated
econ_dept	30902	办公设备购置	309	S5;S6	verified-undated
econ_dept	30903	专用设备购置	309	S5;S6	verified-undated
econ_dept	30905	基础设施建设	309	S5;S6	verified-undated
econ_dept	30906	大型修缮	309	S5;S6	verified-undated
econ_dept	30907	信息网络及软件购置更新	309	S5;S6	verified-undated
econ_dept	30908	物资储备	309	S5;S6	verified-undated
econ_dept	30913	公务用车购置	309	S5;S6	verified-undated
econ_dept	30919	其他交通工具购置	309	S5;S6	verified-undated
econ_dept	30921	文物和陈列品购置	309	S5;S6	verified-undated
econ_dept	30922	无形资产购置	309	S5;S6	verified-undated
econ_dept	30999	其他基本建设支出	309	S5;S6	verified-undated
econ_dept	310	资本性支出		S1;S5;S6	verified-2024
econ_dept	31001	房屋建筑物购建	310	S1;S5;S6	verified-2024
econ_dept	31002	办公设备购置	310	S1;S5;S6	verified-2024
econ_dept	31003	专用设备购置	310	S1;S5;S6	verified-2024
econ_dept	31005	基础设施建设	310	S5;S6	verified-undated
econ_dept	31006	大型修缮	310	S5;S6	verified-undated
econ_dept	31007	信息网络及软件购置更新	310	S1;S5;S6	verified-2024
econ_dept	31008	物资储备	310	S5;S6	verified-undated
econ_dept	31009	土地补偿	310	S5;S6	verified-undated
econ_dept	31010	安置补助	310	S5;S6	verified-undated
econ_dept	31011	地上附着物和青苗补偿	310	S5;S6	verified-undated
econ_dept	31012	拆迁补偿	310	S5;S6	verified-undated
econ_dept	31013	公务用车购置	310	S1;S5;S6	verified-2024
econ_dept	31019	其他交通工具购置	310	S1;S5;S6	verified-2024
econ_dept	31021	文物和陈列品购置	310	S1;S5;S6	verified-2024
econ_dept	31022	无形资产购置	310	S1;S5;S6	verified-2024
econ_dept	31099	其他资本性支出	310	S1;S5;S6	verified-2024
econ_dept	311	对企业补助（基本建设）		S6 (names only)	inferred
econ_dept	31101	资本金注入	311	S6 (name; code inferred)	inferred
econ_dept	31199	其他对企业补助	311	S6 (name; code inferred)	inferred
econ_dept	312	对企业补助		S6 (names only)	inferred
econ_dept	31201	资本金注入	312	S6 (name; code inferred)	inferred
econ_dept	31203	政府投资基金股权投资	312	S6 (name; code inferred)	inferred
econ_dept	31204	费用补贴	312	S6 (name; code inferred)	inferred
econ_dept	31205	利息补贴	312	S6 (name; code inferred)	inferred
econ_dept	31299	其他对企业补助	312	S6 (name; code inferred)	inferred
econ_dept	313	对社会保障基金补助		S6 (names only)	inferred
econ_dept	31302	对社会保险基金补助	313	S6 (name; code inferred)	inferred
econ_dept	31303	补充全国社会保障基金	313	S6 (name; code inferred)	inferred
econ_dept	31304	对机关事业单位职业年金的补助	313	domain knowledge	inferred; may not exist in 2020 list (absent from S6)
econ_dept	399	其他支出		brief (39999) + domain knowledge	inferred
econ_dept	39906	赠与	399	domain knowledge	inferred; may have been split into 39909/39910 by 2020
econ_dept	39907	国家赔偿费用支出	399	domain knowledge	inferred
econ_dept	39908	对民间非营利组织和群众性自治组织补贴	399	domain knowledge	inferred
econ_dept	39909	经常性赠与	399	domain knowledge	inferred; check 2020 list
econ_dept	39910	资本性赠与	399	domain knowledge	inferred; check 2020 list
econ_dept	39999	其他支出	399	domain knowledge	inferred (code given in brief)
func	201	一般公共服务支出		S1;S2;S7;S8	verified-2024
func	202	外交支出		S1;S7	verified-2024
func	203	国防支出		S1	verified-2024
func	204	公共安全支出		S1;S7	verified-2024
func	205	教育支出		S1;S7	verified-2024
func	206	科学技术支出		S1;S7	verified-2024
func	207	文化旅游体育与传媒支出		S1;S7	verified-2024
func	208	社会保障和就业支出		S1;S2;S7;P1	verified-2020
func	209	社会保险基金支出		domain knowledge (not used in 部门决算)	inferred
func	210	卫生健康支出		S1;S2;S7;P1	verified-2020
func	211	节能环保支出		S1;S7	verified-2024
func	212	城乡社区支出		S1;S7;S9	verified-2024
func	213	农林水支出		S1;S7;P1	verified-2024
func	214	交通运输支出		S1;S7	verified-2024
func	215	资源勘探工业信息等支出		S1 (S7 has older name 资源勘探信息等支出)	verified-2024
func	216	商业服务业等支出		S1;S7	verified-2024
func	217	金融支出		S1;S7	verified-2024
func	219	援助其他地区支出		S1;S7	verified-2024
func	220	自然资源海洋气象等支出		S1;S7	verified-2024
func	221	住房保障支出		S1;S2;S7	verified-2024
func	222	粮油物资储备支出		S1;S7 (name; code inferred)	verified-2024; code inferred
func	223	国有资本经营预算支出		S1 (name; code inferred)	verified-2024; code inferred
func	224	灾害防治及应急管理支出		S1;S7 (name; code inferred)	verified-2024; code inferred
func	227	预备费		domain knowledge	inferred
func	229	其他支出		S1 (name); brief (2299901)	verified-2024
func	230	转移性支出		domain knowledge (not used in 部门决算)	inferred
func	231	债务还本支出		S2 line name; S7 line name; code inferred	verified-2024; code inferred
func	232	债务付息支出		S2 line name; S7 line name; code inferred	verified-2024; code inferred
func	233	债务发行费用支出		domain knowledge	inferred
func	234	抗疫特别国债安排的支出		S1;S2 line name (created 2020); code inferred	verified-2024; code inferred
func	20101	人大事务	201	S8 (款 names, 2024 yearbook; code inferred)	inferred (name verified-2024)
func	20102	政协事务	201	S8 (款 names, 2024 yearbook; code inferred)	inferred (name verified-2024)
func	20103	政府办公厅（室）及相关机构事务	201	S8 (款 names, 2024 yearbook; code inferred)	inferred (name verified-2024)
func	20104	发展与改革事务	201	S8 (款 names, 2024 yearbook; code inferred)	inferred (name verified-2024)
func	20105	统计信息事务	201	S8 (款 names, 2024 yearbook; code inferred)	inferred (name verified-2024)
func	20106	财政事务	201	S2	verified-2024
func	20107	税收事务	201	S8 (款 names, 2024 yearbook; code inferred)	inferred (name verified-2024)
func	20108	审计事务	201	S8 (款 names, 2024 yearbook; code inferred)	inferred (name verified-2024)
func	20109	海关事务	201	S8 (款 names, 2024 yearbook; code inferred)	inferred (name verified-2024)
func	20110	人力资源事务	201	S8 (款 names, 2024 yearbook; code inferred)	inferred (name verified-2024)
func	20111	纪检监察事务	201	S8 (款 names, 2024 yearbook; code inferred)	inferred (name verified-2024)
func	20113	商贸事务	201	S8 (款 names, 2024 yearbook; code inferred)	inferred (name verified-2024)
func	20114	知识产权事务	201	S8 (款 names, 2024 yearbook; code inferred)	inferred (name verified-2024)
func	20123	民族事务	201	S8 (款 names, 2024 yearbook; code inferred)	inferred (name verified-2024)
func	20125	港澳台事务	201	S8 (款 names, 2024 yearbook; code inferred)	inferred (name verified-2024)
func	20126	档案事务	201	S8 (款 names, 2024 yearbook; code inferred)	inferred (name verified-2024)
func	20128	民主党派及工商联事务	201	S8 (款 names, 2024 yearbook; code inferred)	inferred (name verified-2024)
func	20129	群众团体事务	201	S9	verified-undated
func	20131	党委办公厅（室）及相关机构事务	201	S8 (款 names, 2024 yearbook; code inferred)	inferred (name verified-2024)
func	20132	组织事务	201	S8 (款 names, 2024 yearbook; code inferred)	inferred (name verified-2024)
func	20133	宣传事务	201	S8 (款 names, 2024 yearbook; code inferred)	inferred (name verified-2024)
func	20134	统战事务	201	S8 (款 names, 2024 yearbook; code inferred)	inferred (name verified-2024)
func	20135	对外联络事务	201	S8 (款 names, 2024 yearbook; code inferred)	inferred (name verified-2024)
func	20136	其他共产党事务支出	201	S8 (款 names, 2024 yearbook; code inferred)	inferred (name verified-2024)
func	20137	网信事务	201	S8 (款 names, 2024 yearbook; code inferred)	inferred (name verified-2024)
func	20138	市场监督管理事务	201	S8 (款 names, 2024 yearbook; code inferred)	inferred (name verified-2024)
func	20199	其他一般公共服务支出	201	S8 (款 names, 2024 yearbook; code inferred)	inferred (name verified-2024)
func	20401	武装警察部队	204	domain knowledge	inferred
func	20402	公安	204	domain knowledge	inferred
func	20403	国家安全	204	domain knowledge	inferred
func	20404	检察	204	domain knowledge	inferred
func	20405	法院	204	domain knowledge	inferred
func	20406	司法	204	S10 (204 06 01 行政运行)	verified-undated
func	20407	监狱	204	domain knowledge	inferred
func	20408	强制隔离戒毒	204	domain knowledge	inferred
func	20409	国家保密	204	domain knowledge	inferred
func	20410	缉私警察	204	domain knowledge	inferred
func	20499	其他公共安全支出	204	domain knowledge	inferred
func	20501	教育管理事务	205	domain knowledge	inferred
func	20502	普通教育	205	S1	verified-2024
func	20503	职业教育	205	domain knowledge	inferred
func	20504	成人教育	205	domain knowledge	inferred
func	20505	广播电视教育	205	domain knowledge	inferred
func	20506	留学教育	205	domain knowledge	inferred
func	20507	特殊教育	205	domain knowledge	inferred
func	20508	进修及培训	205	domain knowledge	inferred
func	20509	教育费附加安排的支出	205	domain knowledge	inferred
func	20599	其他教育支出	205	domain knowledge	inferred
func	20601	科学技术管理事务	206	domain knowledge	inferred
func	20602	基础研究	206	domain knowledge	inferred
func	20603	应用研究	206	domain knowledge	inferred
func	20604	技术研究与开发	206	domain knowledge	inferred
func	20605	科技条件与服务	206	domain knowledge	inferred
func	20606	社会科学	206	domain knowledge	inferred
func	20607	科学技术普及	206	domain knowledge	inferred
func	20608	科技交流与合作	206	domain knowledge	inferred
func	20609	科技重大项目	206	domain knowledge	inferred
func	20699	其他科学技术支出	206	domain knowledge	inferred
func	20701	文化和旅游	207	domain knowledge	inferred
func	20702	文物	207	domain knowledge	inferred
func	20703	体育	207	domain knowledge	inferred
func	20706	新闻出版电影	207	domain knowledge	inferred
func	20708	广播电视	207	domain knowledge	inferred
func	20799	其他文化旅游体育与传媒支出	207	S1	verified-2024
func	20801	人力资源和社会保障管理事务	208	domain knowledge	inferred
func	20802	民政管理事务	208	domain knowledge	inferred
func	20804	补充全国社会保障基金	208	domain knowledge	inferred
func	20805	行政事业单位养老支出	208	S2;P1 (2020 name)	verified-2020
func	20806	企业改革补助	208	domain knowledge	inferred
func	20807	就业补助	208	domain knowledge	inferred
func	20808	抚恤	208	domain knowledge	inferred
func	20809	退役安置	208	domain knowledge	inferred
func	20810	社会福利	208	domain knowledge	inferred
func	20811	残疾人事业	208	domain knowledge	inferred
func	20816	红十字事业	208	domain knowledge	inferred
func	20819	最低生活保障	208	domain knowledge	inferred
func	20820	临时救助	208	domain knowledge	inferred
func	20821	特困人员救助供养	208	domain knowledge	inferred
func	20825	其他生活救助	208	domain knowledge	inferred
func	20826	财政对基本养老保险基金的补助	208	domain knowledge	inferred
func	20827	财政对其他社会保险基金的补助	208	domain knowledge	inferred
func	20828	退役军人管理事务	208	domain knowledge	inferred
func	20899	其他社会保障和就业支出	208	domain knowledge	inferred
func	21001	卫生健康管理事务	210	domain knowledge	inferred
func	21002	公立医院	210	domain knowledge	inferred
func	21003	基层医疗卫生机构	210	domain knowledge	inferred
func	21004	公共卫生	210	domain knowledge	inferred
func	21006	中医药	210	domain knowledge	inferred
func	21007	计划生育事务	210	S9 (via 2100717)	verified-undated
func	21011	行政事业单位医疗	210	S2	verified-2024
func	21012	财政对基本医疗保险基金的补助	210	domain knowledge	inferred
func	21013	医疗救助	210	domain knowledge	inferred
func	21014	优抚对象医疗	210	domain knowledge	inferred
func	21015	医疗保障管理事务	210	domain knowledge	inferred
func	21016	老龄卫生健康事务	210	domain knowledge	inferred
func	21099	其他卫生健康支出	210	domain knowledge	inferred
func	21101	环境保护管理事务	211	domain knowledge	inferred
func	21102	环境监测与监察	211	domain knowledge	inferred
func	21103	污染防治	211	domain knowledge	inferred
func	21104	自然生态保护	211	domain knowledge	inferred
func	21105	天然林保护	211	domain knowledge	inferred
func	21106	退耕还林还草	211	domain knowledge	inferred
func	21110	能源节约利用	211	domain knowledge	inferred
func	21111	污染减排	211	domain knowledge	inferred
func	21113	循环经济	211	domain knowledge	inferred
func	21114	能源管理事务	211	domain knowledge	inferred
func	21199	其他节能环保支出	211	domain knowledge	inferred
func	21201	城乡社区管理事务	212	S9	verified-undated
func	21202	城乡社区规划与管理	212	domain knowledge	inferred
func	21203	城乡社区公共设施	212	domain knowledge	inferred
func	21205	城乡社区环境卫生	212	domain knowledge	inferred
func	21206	建设市场管理与监督	212	domain knowledge	inferred
func	21208	国有土地使用权出让收入安排的支出	212	domain knowledge	inferred
func	21210	国有土地收益基金安排的支出	212	domain knowledge	inferred
func	21211	农业土地开发资金安排的支出	212	domain knowledge	inferred
func	21213	城市基础设施配套费安排的支出	212	domain knowledge	inferred
func	21214	污水处理费安排的支出	212	domain knowledge	inferred
func	21299	其他城乡社区支出	212	domain knowledge	inferred
func	21301	农业农村	213	domain knowledge	inferred
func	21302	林业和草原	213	domain knowledge	inferred
func	21303	水利	213	domain knowledge	inferred
func	21305	扶贫	213	domain knowledge	inferred
func	21307	农村综合改革	213	domain knowledge	inferred
func	21308	普惠金融发展支出	213	domain knowledge	inferred
func	21309	目标价格补贴	213	domain knowledge	inferred
func	21399	其他农林水支出	213	domain knowledge	inferred
func	21401	公路水路运输	214	domain knowledge	inferred
func	21402	铁路运输	214	domain knowledge	inferred
func	21403	民用航空运输	214	domain knowledge	inferred
func	21404	成品油价格改革对交通运输的补贴	214	domain knowledge	inferred
func	21405	邮政业支出	214	domain knowledge	inferred
func	21406	车辆购置税支出	214	domain knowledge	inferred
func	21460	海南省高等级公路车辆通行附加费安排的支出	214	domain knowledge	inferred
func	21462	车辆通行费安排的支出	214	domain knowledge	inferred
func	21463	港口建设费安排的支出	214	domain knowledge	inferred
func	21464	铁路建设基金支出	214	domain knowledge	inferred
func	21468	船舶油污损害赔偿基金支出	214	domain knowledge	inferred
func	21469	民航发展基金支出	214	domain knowledge	inferred
func	21471	政府收费公路专项债券收入安排的支出	214	domain knowledge	inferred
func	21499	其他交通运输支出	214	domain knowledge	inferred
func	21501	资源勘探开发	215	domain knowledge	inferred
func	21502	制造业	215	domain knowledge	inferred
func	21503	建筑业	215	domain knowledge	inferred
func	21505	工业和信息产业监管	215	domain knowledge	inferred
func	21507	国有资产监管	215	domain knowledge	inferred
func	21508	支持中小企业发展和管理支出	215	domain knowledge	inferred
func	21599	其他资源勘探工业信息等支出	215	domain knowledge	inferred
func	21602	商业流通事务	216	domain knowledge	inferred
func	21606	涉外发展服务支出	216	domain knowledge	inferred
func	21699	其他商业服务业等支出	216	domain knowledge	inferred
func	21701	金融部门行政支出	217	domain knowledge	inferred
func	21702	金融部门监管支出	217	domain knowledge	inferred
func	21703	金融发展支出	217	domain knowledge	inferred
func	21704	金融调控支出	217	domain knowledge	inferred
func	21799	其他金融支出	217	domain knowledge	inferred
func	22001	自然资源事务	220	domain knowledge	inferred
func	22005	气象事务	220	domain knowledge	inferred
func	22099	其他自然资源海洋气象等支出	220	domain knowledge	inferred
func	22101	保障性安居工程支出	221	domain knowledge	inferred
func	22102	住房改革支出	221	S2	verified-2024
func	22103	城乡社区住宅	221	domain knowledge	inferred
func	22201	粮油物资事务	222	domain knowledge	inferred
func	22203	能源储备	222	domain knowledge	inferred
func	22204	粮油储备	222	domain knowledge	inferred
func	22205	重要商品储备	222	domain knowledge	inferred
func	22401	应急管理事务	224	domain knowledge	inferred
func	22402	消防事务	224	domain knowledge	inferred
func	22403	森林消防事务	224	domain knowledge	inferred
func	22404	煤矿安全	224	domain knowledge	inferred
func	22405	地震事务	224	domain knowledge	inferred
func	22406	自然灾害防治	224	domain knowledge	inferred
func	22407	自然灾害救灾及恢复重建支出	224	domain knowledge	inferred
func	22499	其他灾害防治及应急管理支出	224	domain knowledge	inferred
func	22902	年初预留	229	domain knowledge	inferred
func	22960	彩票公益金安排的支出	229	domain knowledge	inferred
func	22999	其他支出	229	brief (2299901)	inferred
func	23103	地方政府一般债务还本支出	231	domain knowledge	inferred
func	23104	地方政府专项债务还本支出	231	domain knowledge	inferred
func	23203	地方政府一般债务付息支出	232	domain knowledge	inferred
func	23204	地方政府专项债务付息支出	232	domain knowledge	inferred
func	23303	地方政府一般债务发行费用支出	233	domain knowledge	inferred
func	23304	地方政府专项债务发行费用支出	233	domain knowledge	inferred
func	23401	基础设施建设	234	domain knowledge	inferred
func	23402	抗疫相关支出	234	domain knowledge	inferred
func	2010101	行政运行	20101	domain knowledge	inferred
func	2010102	一般行政管理事务	20101	domain knowledge	inferred
func	2010103	机关服务	20101	domain knowledge	inferred
func	2010104	人大会议	20101	domain knowledge	inferred
func	2010105	人大立法	20101	domain knowledge	inferred
func	2010106	人大监督	20101	domain knowledge	inferred
func	2010107	人大代表履职能力提升	20101	domain knowledge	inferred
func	2010108	代表工作	20101	domain knowledge	inferred
func	2010109	人大信访工作	20101	domain knowledge	inferred
func	2010150	事业运行	20101	domain knowledge	inferred
func	2010199	其他人大事务支出	20101	domain knowledge	inferred
func	2010301	行政运行	20103	domain knowledge	inferred
func	2010302	一般行政管理事务	20103	domain knowledge	inferred
func	2010303	机关服务	20103	domain knowledge	inferred
func	2010304	专项服务	20103	domain knowledge	inferred
func	2010305	专项业务活动	20103	domain knowledge	inferred
func	2010306	政务公开审批	20103	domain knowledge	inferred
func	2010308	信访事务	20103	domain knowledge	inferred
func	2010309	参事事务	20103	domain knowledge	inferred
func	2010350	事业运行	20103	domain knowledge	inferred
func	2010399	其他政府办公厅（室）及相关机构事务支出	20103	domain knowledge	inferred
func	2010601	行政运行	20106	S2	verified-2024
func	2010602	一般行政管理事务	20106	S2	verified-2024
func	2010603	机关服务	20106	domain knowledge	inferred
func	2010604	预算改革业务	20106	domain knowledge	inferred
func	2010605	财政国库业务	20106	domain knowledge	inferred
func	2010606	财政监察	20106	domain knowledge	inferred
func	2010607	信息化建设	20106	S2	verified-2024
func	2010608	财政委托业务支出	20106	S2	verified-2024
func	2010650	事业运行	20106	domain knowledge	inferred
func	2010699	其他财政事务支出	20106	domain knowledge	inferred
func	2012901	行政运行	20129	domain knowledge	inferred
func	2012902	一般行政管理事务	20129	S9	verified-undated
func	2012903	机关服务	20129	domain knowledge	inferred
func	2012904	工会事务	20129	domain knowledge	inferred
func	2012950	事业运行	20129	domain knowledge	inferred
func	2012999	其他群众团体事务支出	20129	domain knowledge	inferred
func	2013101	行政运行	20131	domain knowledge	inferred
func	2013102	一般行政管理事务	20131	domain knowledge	inferred
func	2013103	机关服务	20131	domain knowledge	inferred
func	2013105	专项业务	20131	domain knowledge	inferred
func	2013150	事业运行	20131	domain knowledge	inferred
func	2013199	其他党委办公厅（室）及相关机构事务支出	20131	domain knowledge	inferred
func	2080501	行政单位离退休	20805	S2	verified-2024
func	2080502	事业单位离退休	20805	S2	verified-2024
func	2080503	离退休人员管理机构	20805	domain knowledge	inferred
func	2080505	机关事业单位基本养老保险缴费支出	20805	S2;P1(2020)	verified-2020
func	2080506	机关事业单位职业年金缴费支出	20805	S2	verified-2024
func	2080507	对机关事业单位基本养老保险基金的补助	20805	domain knowledge	inferred
func	2080599	其他行政事业单位养老支出	20805	S2	verified-2024
func	2101101	行政单位医疗	21011	S2	verified-2024
func	2101102	事业单位医疗	21011	domain knowledge	inferred
func	2101103	公务员医疗补助	21011	domain knowledge	inferred
func	2101199	其他行政事业单位医疗支出	21011	domain knowledge	inferred
func	2210201	住房公积金	22102	S2	verified-2024
func	2210202	提租补贴	22102	S11	verified-undated
func	2210203	购房补贴	22102	S2	verified-2024
func	2050201	学前教育	20502	domain knowledge	inferred
func	2050202	小学教育	20502	domain knowledge	inferred
func	2050203	初中教育	20502	S11	verified-undated
func	2050204	高中教育	20502	domain knowledge	inferred
func	2050205	高等教育	20502	S1	verified-2024
func	2050299	其他普通教育支出	20502	domain knowledge	inferred
func	2120101	行政运行	21201	domain knowledge	inferred
func	2120102	一般行政管理事务	21201	S9	verified-undated
func	2120103	机关服务	21201	domain knowledge	inferred
func	2120104	城管执法	21201	domain knowledge	inferred
func	2120105	工程建设标准规范编制与监管	21201	domain knowledge	inferred
func	2120106	工程建设管理	21201	domain knowledge	inferred
func	2120107	市政公用行业市场监管	21201	domain knowledge	inferred
func	2120109	住宅建设与房地产市场监管	21201	domain knowledge	inferred
func	2120110	执业资格注册、资质审查	21201	domain knowledge	inferred
func	2120199	其他城乡社区管理事务支出	21201	S9	verified-undated
func	2140101	行政运行	21401	domain knowledge	inferred
func	2140102	一般行政管理事务	21401	domain knowledge	inferred
func	2140103	机关服务	21401	domain knowledge	inferred
func	2140104	公路建设	21401	domain knowledge	inferred
func	2140106	公路养护	21401	domain knowledge	inferred
func	2140109	交通运输信息化建设	21401	domain knowledge	inferred
func	2140110	公路和运输安全	21401	domain knowledge	inferred
func	2140111	公路还贷专项	21401	domain knowledge	inferred
func	2140112	公路运输管理	21401	domain knowledge	inferred
func	2140114	公路和运输技术标准化建设	21401	domain knowledge	inferred
func	2140122	港口设施	21401	domain knowledge	inferred
func	2140123	航道维护	21401	domain knowledge	inferred
func	2140127	船舶检验	21401	domain knowledge	inferred
func	2140128	救助打捞	21401	domain knowledge	inferred
func	2140129	内河运输	21401	domain knowledge	inferred
func	2140130	远洋运输	21401	domain knowledge	inferred
func	2140131	海事管理	21401	domain knowledge	inferred
func	2140133	航标事业发展支出	21401	domain knowledge	inferred
func	2140136	水路运输管理支出	21401	domain knowledge	inferred
func	2140138	口岸建设	21401	domain knowledge	inferred
func	2140199	其他公路水路运输支出	21401	domain knowledge	inferred
func	2140401	对城市公交的补贴	21404	domain knowledge	inferred
func	2140402	对农村道路客运的补贴	21404	domain knowledge	inferred
func	2140403	对出租车的补贴	21404	domain knowledge	inferred
func	2140499	成品油价格改革补贴其他支出	21404	domain knowledge	inferred
func	2140601	车辆购置税用于公路等基础设施建设支出	21406	domain knowledge	inferred
func	2140602	车辆购置税用于农村公路建设支出	21406	domain knowledge	inferred
func	2140603	车辆购置税用于老旧汽车报废更新补贴	21406	domain knowledge	inferred
func	2140699	车辆购置税其他支出	21406	domain knowledge	inferred
func	2149901	公共交通运营补助	21499	domain knowledge	inferred
func	2149999	其他交通运输支出	21499	domain knowledge	inferred
func	2299901	其他支出	22999	brief	inferred (code from brief)
func	2340101	公共卫生体系建设	23401	domain knowledge	inferred
func	2340102	重大疫情防控救治体系建设	23401	domain knowledge	inferred
func	2340103	粮食安全	23401	domain knowledge	inferred
func	2340104	能源安全	23401	domain knowledge	inferred
func	2340105	应急物资保障	23401	domain knowledge	inferred
func	2340106	产业链改造升级	23401	domain knowledge	inferred
func	2340107	城镇老旧小区改造	23401	domain knowledge	inferred
func	2340108	生态环境治理	23401	domain knowledge	inferred
func	2340109	交通基础设施建设	23401	domain knowledge	inferred
func	2340110	市政设施建设	23401	domain knowledge	inferred
func	2340111	重大区域规划基础设施建设	23401	domain knowledge	inferred
func	2340199	其他基础设施建设	23401	domain knowledge	inferred
func	2340201	减免房租补贴	23402	domain knowledge	inferred
func	2340202	重点企业贷款贴息	23402	domain knowledge	inferred
func	2340203	创业担保贷款贴息	23402	domain knowledge	inferred
func	2340204	援企稳岗补贴	23402	domain knowledge	inferred
func	2340205	困难群众基本生活补助	23402	domain knowledge	inferred
func	2340299	其他抗疫相关支出	23402	domain knowledge	inferred
func	2100717	计划生育服务	21007	S9	verified-undated`
